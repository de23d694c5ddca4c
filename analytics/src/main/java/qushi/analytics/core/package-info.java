/**
 * The ground floor, used by every other package: the one error type users see ({@link
 * qushi.analytics.core.BadInputException}) and checks of settings, the run's source of randomness,
 * the progress listener, results as tables ({@link qushi.analytics.core.Tabular}, {@link
 * qushi.analytics.core.Rows}) with their text and CSV forms and display rounding, class-path
 * resources and versions. It imports no other qushi package.
 */
package qushi.analytics.core;
