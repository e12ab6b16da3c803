/** Understanding a journalist's question (speaker, topic, phrases, dates, fielded syntax) and answering it from the index. */
package dev.whosaid.query;
