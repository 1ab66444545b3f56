/**
 * Typed configuration. Each key is a {@link dev.retention.runtime.config.Setting}, declared once with its name,
 * environment variable, default, documentation and parser; {@link dev.retention.runtime.config.Settings} resolves
 * them from overrides, system properties, environment variables and an optional properties file, and reports every
 * bad value in one {@link dev.retention.runtime.config.ConfigException}; {@link dev.retention.runtime.config.ConfigDoc}
 * documents them.
 */
package dev.retention.runtime.config;
