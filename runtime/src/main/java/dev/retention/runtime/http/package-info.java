/**
 * The HTTP side every service shares: {@link dev.retention.runtime.http.HttpServer} (Javalin 7 on Jetty 12) with
 * {@code /health/live}, {@code /health/ready} ({@link dev.retention.runtime.http.ReadinessCheck}s) and
 * {@code /metrics}; RFC 9457 problems ({@link dev.retention.runtime.http.Problem}, thrown as
 * {@link dev.retention.runtime.http.ProblemException}) for every error, including unknown routes (404), wrong methods
 * (405, with {@code Allow}), bodies over the limit (413) and uncaught exceptions (500, internals only in the log);
 * per-source API keys compared in constant time ({@link dev.retention.runtime.http.ApiKeys}).
 */
package dev.retention.runtime.http;
