package org.troubleshoot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Content as writers of other languages write it, for the tests of sites in one language and in several: a
 * German help center, and one in English, German and Japanese.
 *
 * <p>The tables' column names are the English ones for now: German and Japanese column names
 * ({@code | Symptom | Wahrscheinliche Ursache | Was tun |}, {@code | 症状 | 原因 | 対処 |}) are recognised once the
 * column vocabulary of every language is merged; then these headers switch to them.
 */
public final class LanguageSites {
    private LanguageSites() {}

    /** The header and separator of a troubleshooting table in German. */
    static final String GERMAN_HEADER = "| Symptom | Wahrscheinliche Ursache | Was tun |\n|---|---|---|\n";
    /** The header and separator of a troubleshooting table in Japanese. */
    static final String JAPANESE_HEADER = "| 症状 | 原因 | 対処 |\n|---|---|---|\n";

    /** A help center in German only: {@code language = de}, every page at the root. */
    public static Path german(Path content) throws IOException {
        write(
                content,
                Map.of(
                        "troubleshoot.properties", "language = de\n",
                        "hilfe.md", """
                        # Hilfe

                        So finden Sie schnell die Lösung.

                        ## Rechnungen {#rechnungen #zahlungen}

                        """ + GERMAN_HEADER + """
                        | Rechnung überfällig | Zahlung fehlgeschlagen | Zahlungsmethode prüfen und erneut zahlen |
                        | Passwort vergessen | Konto gesperrt | Über „Passwort zurücksetzen“ ein neues wählen |
                        | Lieferung an falsche Straße | Tippfehler in der Adresse | Adresse im Konto ändern |

                        ## Anmeldung

                        """ + GERMAN_HEADER + """
                        | Konto gesperrt | Zahlung fehlgeschlagen | Siehe [Rechnungen](#rechnungen) |

                        ## Intern {audience=admin}

                        """ + GERMAN_HEADER + """
                        | Server antwortet nicht | Festplatte voll | Platz schaffen |
                        """,
                        "faq.md", """
                        # Häufige Fragen

                        ## Wie ändere ich meine Adresse?

                        Im Konto unter „Adresse“.
                        """));
        return content;
    }

    /**
     * A help center in English (at the root), German ({@code de/}) and Japanese ({@code ja/}): the
     * troubleshooting page in all three (by path), the FAQ in English and Japanese (by translationOf), a German
     * link to an English row, and a cause that English and German rows share word for word.
     */
    public static Path threeLanguages(Path content) throws IOException {
        write(
                content,
                Map.of(
                        "troubleshoot.properties", "languages = en, de, ja\n",
                        "troubleshooting.md", """
                        # Troubleshooting

                        ## Billing {#billing}

                        | Symptom | Likely cause | What to do |
                        |---|---|---|
                        | Invoice overdue | Payment failed | Check the payment method and pay again |
                        | Page is blank | Browser cache | Clear the cache |

                        ## Login {#login}

                        | Symptom | Likely cause | What to do |
                        |---|---|---|
                        | Password forgotten | Account locked | Reset the password |
                        """,
                        "faq.md", """
                        # FAQ

                        ## How do I change my address?

                        In your account.
                        """,
                        "de/troubleshooting.md", """
                        # Fehlerbehebung

                        ## Rechnungen {#billing}

                        """ + GERMAN_HEADER + """
                        | Rechnung überfällig | Zahlung fehlgeschlagen | Zahlungsmethode prüfen und erneut zahlen |
                        | Seite bleibt leer | Browser cache | Cache leeren; siehe [englische Seite](../troubleshooting.md#page-is-blank) |
                        | Lieferung an falsche Straße | Tippfehler in der Adresse | Adresse im Konto ändern |
                        """,
                        "ja/troubleshooting.md", """
                        # トラブルシューティング

                        ## ログイン

                        """ + JAPANESE_HEADER + """
                        | パスワードを忘れた | パスワードの有効期限切れ | 管理者に連絡してください |
                        | 二重認証のコードが届かない | SMSの遅延 | 数分待ってから再送してください |
                        | パスポート番号を登録できない | 書類の不備 | 窓口で確認してください |
                        """,
                        "ja/yokuaru-shitsumon.md", """
                        ---
                        title: よくある質問
                        kind: faq
                        translationOf: ../faq.md
                        ---

                        ## 住所を変更するには？

                        アカウント画面から変更できます。
                        """));
        return content;
    }

    private static void write(Path content, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
            Path path = content.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
    }
}
