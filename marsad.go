// Package marsad holds the domain types of Marsad, a political-event observatory for Arabic news.
//
// Marsad reads Arabic news text and produces event data: who did what to whom, where and when, in
// CAMEO codes (with Goldstein score and QuadClass) and PLOVER categories, together with the named
// entities, actors, quotes, places and tone of each article. Every fact carries the span of the
// original text it came from, in Unicode code points.
//
// This package holds only types and small helpers over them; it does no I/O and knows no Arabic.
// The pipeline lives in sub-packages and reads, in order:
//
//	arabic   text → normalised forms, sentences, tokens, clitic segments
//	actor    knowledge base of actors and dated roles; mention → actor
//	geo      gazetteer and geocoder; mention → place
//	ner      statistical named-entity tagger
//	event    CAMEO/PLOVER taxonomy, patterns and the event coder
//	quote    quotations and their speakers
//	tone     polarity lexicon and tone scorer
//	analyze  the facade that runs the stages in order: Analyze(ctx, Article) → Analysis
//	store    Store implementations (sqlite, postgres)
//	server   HTTP API and web UI
//	export   GDELT and PLOVER exports
//	eval     scorers for NER and events
package marsad
