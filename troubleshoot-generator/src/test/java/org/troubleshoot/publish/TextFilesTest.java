package org.troubleshoot.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troubleshoot.model.Html;

/** {@link TextFiles}: the writer of pages and of the search index. */
class TextFilesTest {
    /** Text of every kind, written in pieces of every size, comes out as exactly the UTF-8 of the whole. */
    @Test
    void writesExactlyTheUtf8OfEverythingWrittenWhateverThePieces(@TempDir Path folder) throws Exception {
        String[] pieces = {
            "a",
            "<td>",
            "–",
            "…",
            "😀",
            "é",
            "\n",
            "x".repeat(70_000),
            "›←→",
            "\uD83D\uDE00",
            // Long enough to be written whole (as template text is), some with a surrogate at an end: a pair
            // may be split between two of them.
            "<td data-label=\"Cause\">The token has expired</td>",
            "é–😀 ".repeat(12),
            "y".repeat(40) + "\uD83D",
            "\uDE00" + "z".repeat(40),
            "\uDE00",
            "\uD83D",
            // Question marks, which the Latin-1 form a whole string is read through also has for what it cannot hold.
            "?",
            "Why? a?–?b",
            "What now? " + "é?–".repeat(20),
            "ab" + "é".repeat(40) + "\uD83D"
        };
        Random random = new Random(7);
        StringBuilder expected = new StringBuilder();
        Path file = folder.resolve("out.html");
        try (Writer writer = TextFiles.create(file)) {
            for (int i = 0; i < 20_000; i++) {
                String piece = pieces[random.nextInt(pieces.length)];
                if (piece.length() > 1000 && random.nextInt(50) != 0) {
                    continue;
                }
                expected.append(piece);
                switch (random.nextInt(3)) {
                    case 0 -> writer.write(piece);
                    case 1 -> writer.write(piece.toCharArray(), 0, piece.length());
                    default -> {
                        // A surrogate pair split over two writes, as a template engine may do.
                        for (char c : piece.toCharArray()) {
                            writer.write(c);
                        }
                    }
                }
            }
        }
        assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    }

    /** Broken UTF-16 (a lone surrogate) comes out as String.getBytes writes it: a question mark, not a failure. */
    @Test
    void loneSurrogatesBecomeQuestionMarksLikeStringGetBytes(@TempDir Path folder) throws Exception {
        String text = "a\uD83Db\uDE00c\uD83D";
        Path file = folder.resolve("lone.txt");
        try (Writer writer = TextFiles.create(file)) {
            writer.write(text);
        }
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    }

    /**
     * Template values escaped as they are written, of every length (past the writer's 512-character pieces and
     * its 16 kB buffer), with lone surrogates and characters to escape anywhere: exactly the UTF-8 of the same
     * text escaped by Html.escapeValue (held to Mustache's escaper by TemplateFactoryTest).
     */
    @Test
    void escapedValuesOfEveryLengthComeOutAsTheirEscapedUtf8(@TempDir Path folder) throws Exception {
        String alphabet = "ab<&>\"'`=\n\u0000é–😀\uD83D\uDE00x ?";
        Utf8Writer.Escapes replacements = new Utf8Writer.Escapes(Html.valueReplacements());
        Random random = new Random(11);
        StringBuilder expected = new StringBuilder();
        Path file = folder.resolve("escaped.html");
        try (Utf8Writer writer = new Utf8Writer(Files.newOutputStream(file))) {
            for (int i = 0; i < 400; i++) {
                StringBuilder value = new StringBuilder();
                int length = random.nextInt(10) == 0 ? random.nextInt(5_000) : random.nextInt(40);
                for (int n = 0; n < length; n++) {
                    value.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                if (random.nextBoolean()) {
                    writer.write(value.toString(), replacements);
                    expected.append(Html.escapeValue(value.toString()));
                } else {
                    writer.write(value.toString());
                    expected.append(value);
                }
            }
        }
        assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    }

    /**
     * A question mark in the text is written as itself, or as its replacement if the table has one, and a
     * character Latin-1 cannot hold (which its encoder writes as a question mark) as its UTF-8.
     */
    @Test
    void questionMarksAndCharactersBeyondLatin1AreToldApart(@TempDir Path folder) throws Exception {
        String[] table = new String['?' + 1];
        table['?'] = "&#63;";
        table['<'] = "&lt;";
        Path file = folder.resolve("question.html");
        try (Utf8Writer writer = new Utf8Writer(Files.newOutputStream(file))) {
            writer.write("Why? <b>", new Utf8Writer.Escapes(table));
            writer.write("?–? 😀?", new Utf8Writer.Escapes(table));
            writer.write("? é – ?", new Utf8Writer.Escapes(Html.valueReplacements()));
        }
        assertEquals("Why&#63; &lt;b>&#63;–&#63; 😀&#63;? é – ?", Files.readString(file, StandardCharsets.UTF_8));
    }
}
