/**
 * Queryable projections (customer 360, segments, KPIs, cohorts) over HTTP with Interactive Queries. Built in issue 6.
 */
package dev.retention.projection;
