/** Reading news articles from a folder tree (plain-text articles with a header, and JSONL), reporting bad input by file and line. */
package dev.whosaid.corpus;
