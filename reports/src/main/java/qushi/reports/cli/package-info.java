/**
 * The command line: picocli commands that parse their options, ask the front door ({@link
 * qushi.Qushi}) and print the result; progress on stderr; one-line errors with exit codes 0, 1 and
 * 2.
 */
package qushi.reports.cli;
