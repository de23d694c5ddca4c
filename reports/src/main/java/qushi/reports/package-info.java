/**
 * The HTML report and the file formats: {@link qushi.reports.Report} computes the results through
 * the front door ({@link qushi.reports.ReportData}), each {@link qushi.reports.Section} turns them
 * into its model, {@link qushi.reports.Charts} builds Plotly figures, and Pebble templates render
 * one self-contained page; CSV, TSV and JSON writers serve the report and the command line.
 */
package qushi.reports;
