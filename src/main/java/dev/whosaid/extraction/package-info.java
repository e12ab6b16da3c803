/** Turning an article's text into attributed quotations: quote marks, reported speech, speakers, roles and dates. */
package dev.whosaid.extraction;
