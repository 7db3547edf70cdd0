package org.troubleshoot.model;

/** A question of an FAQ page (a heading) with its answer (what follows it). */
public record Question(String id, String question, String answerHtml, String answerText, SourcePosition source)
        implements Section {}
