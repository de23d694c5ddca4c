/**
 * Corpora as listed, before anything is read: the manifest ({@code corpus.csv}), the documents with
 * their metadata, and reading a document's raw text with the hash of its file. A manifest may only
 * name files inside its folder.
 */
package qushi.analytics.corpus;
