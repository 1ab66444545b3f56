/**
 * Demo traffic for {@code retention up --demo}: a synthetic customer population with purchase processes of differing
 * rates, some customers quietly drifting away, complaints that go unanswered and detractor surveys. A history is
 * published first (event times in the past), then live traffic at the current time, so that warnings, cases and every
 * dashboard panel fill within a minute. The generator writes down which customers it made drift, so that one can
 * check the detector finds them.
 */
package dev.retention.deploy.demo;
