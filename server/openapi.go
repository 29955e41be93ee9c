package server

import (
	"encoding/json"
	"net/http"
	"reflect"
	"strings"
	"sync"

	"marsad"
)

// The OpenAPI 3 document is built here from the route table and the Go types the handlers
// send, so that it cannot drift from them: schemas are derived from the json tags.

type obj = map[string]any

// schemas derives JSON schemas from Go types and collects the named ones as components.
type schemas struct {
	names map[reflect.Type]string
	defs  obj
}

func (s *schemas) ref(t reflect.Type) obj {
	name := s.names[t]
	if _, done := s.defs[name]; !done {
		s.defs[name] = obj{} // placeholder: stops recursion
		s.defs[name] = s.object(t)
	}
	return obj{"$ref": "#/components/schemas/" + name}
}

func (s *schemas) of(t reflect.Type) obj {
	if _, ok := s.names[t]; ok {
		return s.ref(t)
	}
	switch t.Kind() {
	case reflect.Pointer:
		return s.of(t.Elem())
	case reflect.String:
		return obj{"type": "string"}
	case reflect.Bool:
		return obj{"type": "boolean"}
	case reflect.Int, reflect.Int64, reflect.Int32:
		return obj{"type": "integer"}
	case reflect.Float64, reflect.Float32:
		return obj{"type": "number"}
	case reflect.Slice:
		return obj{"type": "array", "items": s.of(t.Elem())}
	case reflect.Array:
		return obj{"type": "array", "items": s.of(t.Elem()), "minItems": t.Len(), "maxItems": t.Len()}
	case reflect.Map:
		return obj{"type": "object", "additionalProperties": s.of(t.Elem())}
	case reflect.Struct:
		return s.object(t)
	}
	return obj{}
}

// fields adds the JSON properties of a struct, flattening embedded structs as encoding/json does.
func (s *schemas) fields(t reflect.Type, props obj, required *[]string) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" || (!f.IsExported() && !f.Anonymous) {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" {
			et := f.Type
			if et.Kind() == reflect.Pointer {
				et = et.Elem()
			}
			if et.Kind() == reflect.Struct {
				s.fields(et, props, required)
				continue
			}
		}
		if name == "" {
			name = f.Name
		}
		p := s.of(f.Type)
		if f.Type.Kind() == reflect.Pointer {
			if _, isRef := p["$ref"]; isRef {
				p = obj{"anyOf": []any{p}, "nullable": true}
			} else {
				p["nullable"] = true
			}
		}
		props[name] = p
		if !strings.Contains(opts, "omitempty") {
			*required = append(*required, name)
		}
	}
}

func (s *schemas) object(t reflect.Type) obj {
	props := obj{}
	var required []string
	s.fields(t, props, &required)
	o := obj{"type": "object", "properties": props}
	if len(required) > 0 {
		o["required"] = required
	}
	return o
}

func param(name, in, desc string, schema obj) obj {
	p := obj{"name": name, "in": in, "description": desc, "schema": schema}
	if in == "path" {
		p["required"] = true
	}
	return p
}

var (
	str  = obj{"type": "string"}
	date = obj{"type": "string", "format": "date", "example": "2025-02-18"}
)

func pageParams() []any {
	return []any{
		param("limit", "query", "page size", obj{"type": "integer", "minimum": 1, "maximum": marsad.MaxLimit, "default": marsad.DefaultLimit}),
		param("offset", "query", "items to skip", obj{"type": "integer", "minimum": 0, "default": 0}),
	}
}

func eventParams() []any {
	return []any{
		param("since", "query", "first event date (the article date when the event has none), inclusive", date),
		param("until", "query", "last event date, inclusive", date),
		param("actor", "query", "CAMEO actor code prefix of the source or the target (USA matches USAGOV)", str),
		param("source", "query", "CAMEO actor code prefix of the source", str),
		param("target", "query", "CAMEO actor code prefix of the target", str),
		param("country", "query", "ISO 3166 alpha-3 code of the event location", str),
		param("code", "query", "CAMEO event code prefix, 2 to 4 digits (04, 044, 0441)", obj{"type": "string", "pattern": "^[0-9]{2,4}$"}),
		param("root", "query", "CAMEO root, 2 digits", obj{"type": "string", "pattern": "^[0-9]{2}$"}),
		param("quad", "query", "QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict",
			obj{"type": "integer", "minimum": 1, "maximum": 4}),
		param("modality", "query", "whether the event happened according to the text",
			obj{"type": "string", "enum": []string{marsad.Asserted, marsad.Negated, marsad.Planned, marsad.Hypothetical, marsad.Unlikely}}),
		param("plover", "query", "PLOVER category, e.g. CONSULT", str),
		param("place", "query", "event location: English name, Arabic name or admin1 code", str),
		param("outlet", "query", "news outlet (the article source)", str),
		param("article", "query", "article id", str),
	}
}

func concat(lists ...[]any) []any {
	var out []any
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

func jsonContent(schema obj) obj {
	return obj{"application/json": obj{"schema": schema}}
}

func (s *Server) buildOpenAPI() ([]byte, error) {
	sc := &schemas{defs: obj{}, names: map[reflect.Type]string{
		reflect.TypeFor[marsad.Analysis]():          "Analysis",
		reflect.TypeFor[marsad.Sentence]():          "Sentence",
		reflect.TypeFor[marsad.Token]():             "Token",
		reflect.TypeFor[marsad.Entity]():            "Entity",
		reflect.TypeFor[marsad.Event]():             "Event",
		reflect.TypeFor[marsad.StoredEvent]():       "StoredEvent",
		reflect.TypeFor[marsad.Participant]():       "Participant",
		reflect.TypeFor[marsad.ActorRef]():          "ActorRef",
		reflect.TypeFor[marsad.Place]():             "Place",
		reflect.TypeFor[marsad.Quote]():             "Quote",
		reflect.TypeFor[marsad.Tone]():              "Tone",
		reflect.TypeFor[marsad.Span]():              "Span",
		reflect.TypeFor[marsad.Trig]():              "Trigger",
		reflect.TypeFor[ArticleHit]():               "ArticleHit",
		reflect.TypeFor[marsad.DyadResult]():        "DyadResult",
		reflect.TypeFor[marsad.DyadPeriod]():        "DyadPeriod",
		reflect.TypeFor[marsad.DyadAggregate]():     "DyadAggregate",
		reflect.TypeFor[marsad.Edge]():              "Edge",
		reflect.TypeFor[marsad.PlaceCount]():        "PlaceCount",
		reflect.TypeFor[marsad.Stats]():             "Stats",
		reflect.TypeFor[Page[ArticleHit]]():         "ArticlePage",
		reflect.TypeFor[Page[marsad.StoredEvent]](): "EventPage",
		reflect.TypeFor[ArticleInput]():             "ArticleInput",
		reflect.TypeFor[PostResult]():               "PostResult",
		reflect.TypeFor[Network]():                  "Network",
		reflect.TypeFor[Node]():                     "Node",
		reflect.TypeFor[Places]():                   "Places",
		reflect.TypeFor[Health]():                   "Health",
		reflect.TypeFor[ErrorBody]():                "Error",
	}}
	ref := func(t reflect.Type) obj { return sc.ref(t) }
	errResp := func(desc string) obj {
		return obj{"description": desc, "content": jsonContent(ref(reflect.TypeFor[ErrorBody]()))}
	}
	ok := func(desc string, t reflect.Type) obj {
		return obj{"description": desc, "content": jsonContent(ref(t))}
	}
	get := func(id, summary string, params []any, resp obj) obj {
		if params == nil {
			params = []any{}
		}
		return obj{"get": obj{"operationId": id, "summary": summary, "parameters": params, "responses": obj{
			"200": resp, "400": errResp("malformed parameters"), "500": errResp("server failure"),
		}}}
	}
	paths := obj{
		"/api/articles": get("listArticles",
			"List stored articles, newest first, or search them (q) with highlight spans",
			concat([]any{
				param("q", "query", `Arabic full-text query: words are ANDed, "double quotes" make a phrase, -word excludes, OR gives either. Words match across clitics and spelling variants.`, str),
				param("since", "query", "first article date, inclusive", date),
				param("until", "query", "last article date, inclusive", date),
				param("outlet", "query", "news outlet", str),
				param("actor", "query", "keep articles with an event whose source or target code has this prefix", str),
			}, pageParams()),
			ok("a page of articles; with q, each has highlight spans (code points into the original text and title)", reflect.TypeFor[Page[ArticleHit]]())),
		"/api/articles/{id}": get("getArticle", "A stored article with its full analysis",
			[]any{param("id", "path", "article id", str)},
			ok("the analysis", reflect.TypeFor[marsad.Analysis]())),
		"/api/events": get("listEvents", "Stored events, newest article first; format=csv downloads them",
			concat(eventParams(), pageParams(), []any{
				param("format", "query", "json (a page) or csv (every matching event, or limit of them, as a download)",
					obj{"type": "string", "enum": []string{"json", "csv"}, "default": "json"}),
			}),
			obj{"description": "a page of events, or CSV", "content": obj{
				"application/json": obj{"schema": ref(reflect.TypeFor[Page[marsad.StoredEvent]]())},
				"text/csv":         obj{"schema": obj{"type": "string"}},
			}}),
		"/api/dyad": get("dyad", "Events between two actors over time: counts, mean Goldstein, QuadClass counts",
			concat([]any{
				param("a", "query", "CAMEO actor code prefix of one side (required)", obj{"type": "string", "example": "USA"}),
				param("b", "query", "CAMEO actor code prefix of the other side (required)", obj{"type": "string", "example": "RUS"}),
				param("interval", "query", "period length", obj{"type": "string", "enum": []string{"day", "week", "month"}, "default": "day"}),
				param("directed", "query", "count only a → b", obj{"type": "boolean", "default": false}),
			}, eventParams()),
			ok("the time series, oldest period first", reflect.TypeFor[marsad.DyadResult]())),
		"/api/network": get("network", "Actor network: source → target edges weighted by event counts, mean Goldstein and tone",
			concat(eventParams(), []any{
				param("level", "query", "cut actor codes to this many characters before pairing (3: countries); 0 keeps whole codes", obj{"type": "integer", "minimum": 0, "default": 0}),
				param("min_count", "query", "leave out edges with fewer events", obj{"type": "integer", "minimum": 0}),
				param("limit", "query", "most frequent edges first", obj{"type": "integer", "minimum": 1, "maximum": marsad.MaxLimit, "default": marsad.DefaultLimit}),
			}),
			ok("nodes and edges", reflect.TypeFor[Network]())),
		"/api/places": get("places", "Event locations with their event counts",
			concat(eventParams(), []any{param("limit", "query", "most events first", obj{"type": "integer", "minimum": 1, "maximum": marsad.MaxLimit})}),
			ok("places", reflect.TypeFor[Places]())),
		"/api/stats": get("stats", "Sizes of the store", nil, ok("statistics", reflect.TypeFor[marsad.Stats]())),
		"/healthz":   get("healthz", "Liveness: the server runs and its store answers", nil, ok("healthy", reflect.TypeFor[Health]())),
		"/metrics": obj{"get": obj{"operationId": "metrics", "summary": "Prometheus metrics (text exposition format 0.0.4)",
			"parameters": []any{}, "responses": obj{"200": obj{"description": "metrics",
				"content": obj{"text/plain": obj{"schema": obj{"type": "string"}}}}}}},
		"/openapi.json": obj{"get": obj{"operationId": "openapi", "summary": "This document",
			"parameters": []any{}, "responses": obj{"200": obj{"description": "OpenAPI 3 document",
				"content": jsonContent(obj{"type": "object"})}}}},
	}
	articles := paths["/api/articles"].(obj)
	articles["post"] = obj{
		"operationId": "postArticle",
		"summary":     "Analyse an article and store it (idempotent by text: the same text twice is stored once)",
		"security":    []any{obj{"bearer": []any{}}},
		"requestBody": obj{"required": true, "content": jsonContent(ref(reflect.TypeFor[ArticleInput]()))},
		"responses": obj{
			"201": ok("analysed and stored", reflect.TypeFor[PostResult]()),
			"200": ok("the same text was stored already", reflect.TypeFor[PostResult]()),
			"400": errResp("malformed JSON, no text, bad date or id"),
			"401": errResp("missing or wrong bearer token"),
			"403": errResp("writes are disabled (no token configured)"),
			"409": errResp("the id is used by a different text"),
			"413": errResp("body or text too large"),
			"415": errResp("the body is not JSON"),
			"422": errResp("the article could not be analysed"),
			"503": errResp("no analyzer, too busy, or timed out"),
		},
	}
	for _, p := range []string{"/api/articles/{id}"} {
		g := paths[p].(obj)["get"].(obj)
		g["responses"].(obj)["404"] = errResp("no such article")
	}
	doc := obj{
		"openapi": "3.0.3",
		"info": obj{
			"title":       "Marsad API",
			"version":     "1.0.0",
			"description": "Political events coded from Arabic news (CAMEO, PLOVER), with entities, actors, quotes, places and tone. All spans are [start, end) Unicode code-point offsets into the original article text. Errors are JSON: {error, code, status}.",
			"license":     obj{"name": "see the repository"},
		},
		"servers": []any{obj{"url": "/"}},
		"paths":   paths,
		"components": obj{
			"schemas":         sc.defs,
			"securitySchemes": obj{"bearer": obj{"type": "http", "scheme": "bearer"}},
		},
	}
	return json.MarshalIndent(doc, "", "  ")
}

var (
	openapiOnce sync.Once
	openapiDoc  []byte
	openapiErr  error
)

func (s *Server) openapi(w http.ResponseWriter, r *http.Request) error {
	openapiOnce.Do(func() { openapiDoc, openapiErr = s.buildOpenAPI() })
	if openapiErr != nil {
		return openapiErr
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, _ = w.Write(openapiDoc)
	return nil
}
