package dev.retention.runtime.http;

import io.javalin.config.RoutesConfig;

/** A service's contribution to the routes of an {@link HttpServer}, registered before the server starts. */
@FunctionalInterface
public interface RouteRegistration {

  void register(RoutesConfig routes);
}
