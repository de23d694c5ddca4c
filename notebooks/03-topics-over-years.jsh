// Topics over years: fit LDA on the passages, read the topics and their prevalence by year.
// Run: ./qushi jshell notebooks/03-topics-over-years.jsh

// --- cell: open the corpus
var q = Qushi.open("seeds");

// --- cell: which K? log-likelihood, held-out perplexity, coherence and stability for a few K
System.out.println(q.sweep(4, 12, 4));
// prints: /k\s+ll_per_token\s+perplexity/

// --- cell: a model with 8 topics (3 runs with different seeds measure stability)
var m = q.topics(8);
System.out.println(m);
System.out.println(m.summary());
// prints: TopicModel[K=8

// --- cell: prevalence of each topic per year, with bootstrap 95% intervals
System.out.println(m.prevalenceTable().where("topic", 1));
// prints: /topic\s+label\s+year\s+prevalence/

// --- cell: how one theme's vocabulary moved: topic 1's top words within each year
System.out.println(m.yearWordsTable().where("topic", 1).where("rank", 1));
// prints: /1\s+2021\s+1\s/

// --- cell: the passage that shows topic 1 best (the table lists each year's best first: sort)
System.out.println(m.representativesTable().where("topic", 1).sortedBy("proportion", true).get(0).text());

// --- cell: topic proportions of a new text (cleaned and segmented like the corpus)
double[] theta = q.infer(m, "人形机器人和具身智能加快发展，脑机接口进入临床试验。");
for (int i = 0; i < theta.length; i++) System.out.printf("topic %2d  %.2f  %s%n", i + 1, theta[i], m.topic(i + 1).label());
// prints: /topic  8  0\.\d\d  /
