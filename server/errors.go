package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"marsad"
)

// ErrorBody is the JSON body of every error response.
type ErrorBody struct {
	Error  string `json:"error"`  // what went wrong, for people
	Code   string `json:"code"`   // what went wrong, for programs: bad_request, not_found, …
	Status int    `json:"status"` // the HTTP status, repeated
}

// apiError is an error with the response it deserves.
type apiError struct {
	Status  int
	Code    string
	Message string
	Err     error
}

func (e *apiError) Error() string {
	if e.Err != nil {
		return e.Message + ": " + e.Err.Error()
	}
	return e.Message
}

func (e *apiError) Unwrap() error { return e.Err }

func badRequest(format string, args ...any) *apiError {
	return &apiError{Status: http.StatusBadRequest, Code: "bad_request", Message: fmt.Sprintf(format, args...)}
}

func errNotFound(msg string) *apiError {
	return &apiError{Status: http.StatusNotFound, Code: "not_found", Message: msg}
}

// classify maps an error to its response. Store errors that a query can cause (ErrBadQuery,
// ErrNotFound, ErrIDConflict, ErrInvalid) are the caller's fault; the rest are ours.
func classify(err error) *apiError {
	var ae *apiError
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &ae):
		return ae
	case errors.As(err, &mbe):
		return &apiError{Status: http.StatusRequestEntityTooLarge, Code: "too_large",
			Message: fmt.Sprintf("request body larger than %d bytes", mbe.Limit)}
	case errors.Is(err, marsad.ErrBadQuery):
		return &apiError{Status: http.StatusBadRequest, Code: "bad_query", Message: err.Error()}
	case errors.Is(err, marsad.ErrNotFound):
		return &apiError{Status: http.StatusNotFound, Code: "not_found", Message: err.Error()}
	case errors.Is(err, marsad.ErrIDConflict):
		return &apiError{Status: http.StatusConflict, Code: "id_conflict", Message: err.Error()}
	case errors.Is(err, marsad.ErrInvalid):
		return &apiError{Status: http.StatusUnprocessableEntity, Code: "invalid_analysis", Message: err.Error()}
	case errors.Is(err, context.DeadlineExceeded):
		return &apiError{Status: http.StatusServiceUnavailable, Code: "timeout", Message: "the request took too long", Err: err}
	case errors.Is(err, context.Canceled):
		// the client went away: nobody reads this, but the log and metrics should say so
		return &apiError{Status: 499, Code: "canceled", Message: "request canceled", Err: err}
	}
	return &apiError{Status: http.StatusInternalServerError, Code: "internal", Message: "internal error", Err: err}
}

// writeError sends err as a JSON error and logs the server's own failures.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	ae := classify(err)
	if ae.Status >= 500 {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "status", ae.Status, "err", err)
	}
	msg := ae.Message
	if ae.Status < 500 && ae.Err != nil {
		msg = ae.Error()
	}
	if ae.Status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="marsad"`)
	}
	writeJSON(w, ae.Status, ErrorBody{Error: msg, Code: ae.Code, Status: ae.Status})
}

// writeJSON sends v as JSON with a status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b = []byte(`{"error":"cannot encode the response","code":"internal","status":500}`)
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n'))
}
