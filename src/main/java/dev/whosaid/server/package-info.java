/** The HTTP face: the JSON API and the page in {@code web/}, served by Javalin. */
package dev.whosaid.server;
