/**
 * Event-sourced retention cases with Axon Framework: playbooks, persistent deadlines, outcomes. Built in issue 7.
 */
package dev.retention.cases;
