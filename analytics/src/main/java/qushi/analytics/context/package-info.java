/**
 * Where terms occur: keyword-in-context lines (as many as the count) and co-occurrence of terms
 * within sentences or passages (PMI, NPMI, Dice).
 */
package qushi.analytics.context;
