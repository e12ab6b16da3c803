/** The quotation index: the engine-neutral seam (writing and searching) and its Lucene implementation. */
package dev.whosaid.index;
