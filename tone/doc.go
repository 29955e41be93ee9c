// Package tone measures the tone of Arabic news text the way GDELT's V2Tone does for English: the
// percentage of words that are positive, the percentage that are negative, their difference (the
// tone) and their sum (the polarity), over the number of words — but computed on the original
// Arabic with a polarity lexicon written for Marsad.
//
// The lexicon (data/polarity.tsv, embedded; see data/README.md) holds some 3,500 entries of Modern
// Standard Arabic news vocabulary: polar nouns, verbs, adjectives, broken plurals and multi-word
// expressions scored −3..+3, plus entries that steer the scorer — rise and fall words whose
// polarity comes from what they govern (ارتفاع الأسعار is bad, انخفاض البطالة good, وقف إطلاق
// النار good), neutral names that must not score (مجلس التعاون, قوات الدعم السريع) and
// intensifiers (جدا, بالغ, غير مسبوق).
//
// Words are matched through their arabic.Key (hamza, alef, ya and ta marbuta folded, tashkeel
// removed) with clitics and inflectional endings cut by a small, lexicon-checked stemmer of this
// package, so وبالهجوم finds هجوم and سيدعمون finds دعم. Phrases are matched first, longest
// first. Negators (لا لم لن ليس غير عدم دون بدون بلا) flip the first polar word within three words
// after them, so عدم الاستقرار is negative and لم تنجح is negative; fixed expressions such as
// لا يزال and لا سيما negate nothing.
//
// Scoring works on the tokens of arabic.Tokenize, for a sentence or a whole text; every Hit names
// the tokens it covers, so callers can map it back to code-point offsets of the original text.
// A token's Norm is taken as its key (arabic.Key of its text); tokens without one are keyed from
// their text.
//
// What the lexicon says about a word is worked out once per distinct key and cached in the
// Lexicon (at most 131,072 words, about 8 MB), so a Lexicon is shared, not copied; README.md says
// how scoring stays fast.
package tone
