/**
 * Details with no API promise, used only inside the analytics module: decoding text files of
 * unknown encoding, the sorted vocabulary of term ids, the distinct ids of a unit, and the
 * punctuation that ends sentences. Nothing outside {@code qushi.analytics} imports it (a layering
 * test checks).
 */
package qushi.analytics.internal;
