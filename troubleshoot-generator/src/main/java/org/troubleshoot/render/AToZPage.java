package org.troubleshoot.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Question;
import org.troubleshoot.model.Section;
import org.troubleshoot.model.Urls;
import org.troubleshoot.plan.Origin;
import org.troubleshoot.plan.OutputPlan;
import org.troubleshoot.plan.PlannedFile;
import org.troubleshoot.render.Views.AToZ;
import org.troubleshoot.render.Views.IndexItem;
import org.troubleshoot.render.Views.LetterGroup;
import org.troubleshoot.text.Fold;

/** a-z.html: every symptom and question by first letter; where search leads without JavaScript. */
final class AToZPage implements Output {
    static final String FILE = "a-z.html";

    @Override
    public void plan(RenderContext context, OutputPlan.Builder plan) {
        String file = context.file(FILE);
        plan.add(PlannedFile.shared(
                file,
                Origin.generated("the generated A–Z index"),
                context.siteAudience(),
                true,
                out -> context.page(Templates.A_TO_Z, view(context, file)).writeTo(out)));
    }

    private static AToZ view(RenderContext context, String file) {
        String root = Urls.rootOf(file);
        Map<String, Map<String, List<IndexItem>>> byLetter = new TreeMap<>();
        for (Page page : context.site.pages()) {
            for (Section section : page.sections()) {
                if (section instanceof Category category) {
                    String categoryUrl = root + page.categoryUrl(category) + "#";
                    for (Entry entry : category.entries()) {
                        add(
                                byLetter,
                                new IndexItem(entry.symptom().text(), categoryUrl + entry.id(), category.title()));
                    }
                } else if (section instanceof Question question) {
                    add(
                            byLetter,
                            new IndexItem(question.question(), root + page.url() + "#" + question.id(), page.title()));
                }
            }
        }
        List<LetterGroup> groups = new ArrayList<>();
        byLetter.forEach((letter, byKey) -> {
            // In key order, then URL order: the distinct keys sorted, then each key's items (symptoms repeat
            // across a site; sorting all items compared their long common URLs wherever keys were equal).
            List<String> keys = new ArrayList<>(byKey.keySet());
            keys.sort(null);
            List<IndexItem> items = new ArrayList<>();
            for (String key : keys) {
                List<IndexItem> same = byKey.get(key);
                same.sort(Comparator.comparing(IndexItem::url));
                items.addAll(same);
            }
            groups.add(new LetterGroup(
                    letter, letter.equals("#") ? "other" : letter.toLowerCase(Locale.ROOT), List.copyOf(items)));
        });
        return new AToZ(
                context.navigation.generated(
                        context.messages.text("aToZ"), context.messages.text("aToZDescription"), root, FILE),
                groups);
    }

    private static void add(Map<String, Map<String, List<IndexItem>>> byLetter, IndexItem item) {
        String key = Fold.sortKey(item.text());
        char first = key.isEmpty() ? '#' : Character.toUpperCase(key.charAt(0));
        String letter = first >= 'A' && first <= 'Z' ? String.valueOf(first) : "#";
        byLetter.computeIfAbsent(letter, l -> new HashMap<>())
                .computeIfAbsent(key, k -> new ArrayList<>())
                .add(item);
    }
}
