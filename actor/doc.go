// Package actor resolves mentions of political actors in Arabic news text to CAMEO actor codes
// (USAGOV, RUSGOV, SAU, IGOUNO, PSEREB …).
//
// A knowledge base (KB) holds countries, organisations, armed groups, government bodies, media and
// people, each with its Arabic names, and the people's dated roles ("foreign minister of the USA
// from 2025-01-21"). The data is embedded in the binary (see actor/data and Default); Load reads
// the same layout from any fs.FS.
//
// A Doc resolves the mentions of one article, sentence by sentence, at the article's date:
//
//	doc := actor.Default().NewDoc(date)
//	for _, s := range arabic.Sentences(text) {
//		mentions := doc.Sentence(text, tokensOf(s))
//	}
//
// The matcher walks a trie over normalised word keys (arabic.Key), longest match first, in time
// linear in the sentence length. It allows proclitics (و ف ب ل ك، لل) on the first word of a
// mention and never cuts a word that is itself a known name. On top of the words it composes
// role + nationality ("وزير الخارجية الأمريكي" → the person holding that office on the date),
// role + name, role + organisation ("الأمين العام للأمم المتحدة"), nationality + sector
// ("الجيش السوداني" → SDNMIL), counterparts ("نظيره الروسي"), pairs ("البلدين", "الوزيرين
// الروسي … والأمريكي …") and short names after a full mention. Offsets are code points into the
// original text.
package actor
