package event

import (
	"testing"

	"marsad"
	"marsad/doc"
)

// TestMergeMentions checks which mentions give way to places: an entity the knowledge base
// could not resolve does, a group of actors (whose members differ, so it has no code) does not.
func TestMergeMentions(t *testing.T) {
	place := doc.Place{TokStart: 4, TokEnd: 5, Place: marsad.Place{Country: "SAU"}}
	entity := doc.Mention{TokStart: 3, TokEnd: 5, Kind: doc.KindEntity, Type: "ORG"}
	group := doc.Mention{TokStart: 1, TokEnd: 5, Kind: doc.KindSector, Group: []doc.Mention{
		{TokStart: 1, TokEnd: 4, Participant: marsad.Participant{ActorRef: marsad.ActorRef{Code: "EGYMIL"}}},
		{TokStart: 4, TokEnd: 5, Participant: marsad.Participant{ActorRef: marsad.ActorRef{Code: "SAUMIL"}}},
	}}
	got := mergeMentions(&doc.Sentence{Mentions: []doc.Mention{group}, Places: []doc.Place{place}}, nil)
	if len(got) != 1 || len(got[0].Group) != 2 {
		t.Errorf("group: got %+v", got)
	}
	got = mergeMentions(&doc.Sentence{Mentions: []doc.Mention{entity}, Places: []doc.Place{place}}, nil)
	if len(got) != 1 || got[0].Code != "SAU" {
		t.Errorf("entity: got %+v", got)
	}
}
