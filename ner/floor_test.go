package ner

// testFloor is the entity micro-F1 (in percent) the embedded model must reach on the ANERcorp
// CAMeL-split test file.
const testFloor = 83.1
