/**
 * The front door: {@link qushi.Qushi} opens a corpus (it is read, cleaned, segmented and counted
 * once) and answers every question the command line, the report, jshell and the notebooks ask, with
 * results that print as tables; {@link qushi.Options} says how. The top floor: it composes the
 * analysis packages below and nothing below imports it.
 */
package qushi;
