/**
 * Benchmarks, never shipped: the LDA sampler against MALLET on the same data, JMH kernels, and the
 * trend statistics at scale. Each prints ratios against a reference measured in the same run.
 */
package qushi.bench;
