package org.troubleshoot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * A content folder, committed to a git repository of its own, that uses every feature the model has: settings of
 * every kind, two languages with translations by path and by {@code translationOf}, error codes, several causes,
 * old ids of rows and categories, extra columns, ordinary tables, questions, prose at several levels, HTML
 * anchors and GitHub's heading ids, an admin page and category, front matter of every kind, and row dates. What
 * the build cache writes and what a page is made from are tested on it.
 */
public final class EveryFeatureSite {
    /** The settings file: every setting a site can have but {@code strict} (a builder sets it). */
    public static final String SETTINGS = """
            title = Portal Help
            baseUrl = https://help.example.com/docs
            editUrl = https://git.example.com/edit/main/{file}#L{line}
            audience = all
            brokenLinks = warn
            columns.fix = Nächster Schritt
            languages = en, de
            feedbackUrl = https://forms.example.com/feedback?entry={entry}&answer={answer}
            noResultsUrl = https://support.example.com/new?subject={query}
            """;

    private static final Map<String, String> FILES = Map.of(
            "troubleshoot.properties", SETTINGS,
            "troubleshooting.md", """
                    ---
                    order: 2
                    description: Calls, codes and logins.
                    ---
                    # Troubleshooting

                    Read this first. <a name="top-note"></a>See [the FAQ](faq.md#how-do-i-reset-my-password).

                    ## Calls & Voice {#calls #phone}

                    Calls come through Five9.

                    | Symptom | Likely cause | What to do | Ticket |
                    |---|---|---|---|
                    | No calls {#no-calls #calls-missing} | Sync delay | Wait 15 min | T-1 |
                    | No calls | Filter set | Clear the filter | |
                    | No audio | Codec | Update the **codec** | T-2 |

                    ## Error codes

                    | Error code | Description | Probable cause | Suggested remediation |
                    |---|---|---|---|
                    | 401, E401 | Unauthorized | Token expired | Sign in again |
                    | 503 | Service unavailable | Maintenance | Wait; see [calls](#calls) |

                    ## Internal tools {audience=admin}

                    | Symptom | What to do |
                    |---|---|
                    | Queue stuck | Restart the worker |

                    ### When all else fails

                    Call support. See [a missing page](missing.md).
                    """,
            "faq.md", """
                    ---
                    kind: faq
                    autolinks: false
                    ---
                    # FAQ

                    ## How do I reset my password?

                    Use the **Forgot password** link.

                    ## Why is the sky blue?

                    Rayleigh scattering.
                    """,
            "contact.md", """
                    ---
                    kind: contact
                    order: 9
                    ---
                    # Contact

                    ## Phone numbers

                    | Team | Number |
                    |---|---|
                    | Support | 555-0100 |
                    | Sales | 555-0199 |
                    """,
            "playbook.md", """
                    ---
                    audience: admin
                    ---
                    # On-call Playbook

                    ## Paging

                    Page the on-call engineer.
                    """,
            "de/troubleshooting.md", """
                    # Fehlerbehebung

                    ## Anrufe {#calls}

                    | Symptom | Wahrscheinliche Ursache | Nächster Schritt |
                    |---|---|---|
                    | Keine Anrufe | Verzögerung | 15 Minuten warten |
                    | Kein Ton | Codec | Codec aktualisieren |
                    """,
            "de/haeufige-fragen.md", """
                    ---
                    kind: faq
                    translationOf: ../faq.md
                    ---
                    # Häufige Fragen

                    ## Wie setze ich mein Passwort zurück?

                    Über **Passwort vergessen**.
                    """);

    private EveryFeatureSite() {}

    /** Writes the folder into {@code repository/content} and commits it there; returns the content folder. */
    public static Path write(Path repository) throws IOException {
        Path content = repository.resolve("content");
        for (Map.Entry<String, String> file : new TreeMap<>(FILES).entrySet()) {
            Path path = content.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
        commit(repository, "2024-03-04T10:00:00+00:00");
        return content;
    }

    /** Commits everything in {@code repository} (made a repository first if it is none) on {@code date}. */
    public static void commit(Path repository, String date) throws IOException {
        if (!Files.exists(repository.resolve(".git"))) {
            git(repository, null, "init", "-q");
        }
        git(repository, null, "add", "-A");
        git(
                repository,
                date,
                "-c",
                "user.name=t",
                "-c",
                "user.email=t@example.com",
                "commit",
                "-q",
                "--allow-empty",
                "-m",
                "change",
                "--date=" + date);
    }

    /** Gives the last commit another date (its content unchanged): every row it wrote gets that date. */
    public static void redate(Path repository, String date) throws IOException {
        git(
                repository,
                date,
                "-c",
                "user.name=t",
                "-c",
                "user.email=t@example.com",
                "commit",
                "-q",
                "--amend",
                "--no-edit",
                "--date=" + date);
    }

    /**
     * Of two commits, gives the first another date and keeps the second as it is: the rows the first wrote and the
     * second left get that date, while every file's last change and every byte stay the same.
     */
    public static void redateFirstOfTwo(Path repository, String date) throws IOException {
        String first = git(repository, null, "rev-parse", "HEAD~1^{tree}").strip();
        String second = git(repository, null, "rev-parse", "HEAD^{tree}").strip();
        String secondDate = git(repository, null, "log", "-1", "--format=%cI").strip();
        String older = git(
                        repository,
                        date,
                        "-c",
                        "user.name=t",
                        "-c",
                        "user.email=t@example.com",
                        "commit-tree",
                        first,
                        "-m",
                        "older")
                .strip();
        String newer = git(
                        repository,
                        secondDate,
                        "-c",
                        "user.name=t",
                        "-c",
                        "user.email=t@example.com",
                        "commit-tree",
                        second,
                        "-p",
                        older,
                        "-m",
                        "newer")
                .strip();
        git(repository, null, "reset", "-q", "--soft", newer);
    }

    /** Runs git in {@code repository}, as committer on {@code date} when it is not null; returns its output. */
    public static String git(Path repository, String date, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        if (date != null) {
            builder.environment().put("GIT_COMMITTER_DATE", date);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output);
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
