/**
 * Term maps: a Ward dendrogram of the most widespread terms by the passages they share ({@link
 * TermClustering}) and a correspondence analysis of terms × years that places terms and years in
 * one plane ({@link Correspondence}). Both are deterministic and read only the shared counts.
 */
package qushi.analytics.maps;
