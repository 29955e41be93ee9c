// Package export writes Marsad's stored events in the layouts other event-data tools read:
//
//   - gdelt-events: the GDELT 2.0 Event table, 61 tab-separated columns (EventColumns);
//   - gdelt-mentions: the GDELT 2.0 Mentions table, 16 columns (MentionColumns), one row per
//     mention of an event;
//   - plover: PLOVER JSON records, one per line, as the PLOVER manual's data-field chapter
//     describes them, with Marsad's modality and evidence span as extra fields;
//   - csv: a flat RFC 4180 table of events with a header (CSVColumns), optionally with a UTF-8
//     byte-order mark for Excel;
//   - jsonl: the stored analyses themselves, one JSON object per article (the output contract
//     of `marsad analyze --format jsonl`).
//
// Export streams from a Source (any marsad.Store) page by page, so memory stays bounded however
// many events match; a Writer formats events or analyses that the caller already holds. Every
// format takes the same marsad.EventQuery filters.
//
// GDELT has no modality: an event the text denies or only supposes would read as having
// happened. The GDELT layouts therefore write asserted events only, unless Options.Modalities
// or Options.AllModalities let more through. The other formats carry the modality and write
// every event.
//
// README.md beside this file maps every column and lists where the output departs from GDELT
// and why (FIPS country codes from ISO3, ADM1 codes, actor geography, dates without times).
package export
