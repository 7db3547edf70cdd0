package org.troubleshoot.render;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mustache.java's reflection, without its exceptions and its guards.
 *
 * <p>A name such as {@code messages.home} is looked up in every view on the stack from the innermost out, and
 * Mustache asks each view's class for a method {@code messages()}, {@code getMessages()}, {@code isMessages()}
 * and a field {@code messages}, catching an exception for each one it lacks: 14,000 exceptions, each with its
 * stack trace, in a build of 200 pages. {@link #findMember} first checks the names the class (with its
 * superclasses and interfaces) declares, and asks Mustache only when one of those members exists, so that what a
 * template finds is exactly what Mustache finds.
 *
 * <p>Mustache then keeps what it found for each place in a template behind guards that check, on every use, the
 * class of every view on the stack and re-run the dotted part of a name; a map's value it reads by reflection.
 * That was a third of the time spent writing category pages. {@link #createBinding} instead looks the name up
 * afresh each time, by Mustache's rules (see {@link Lookup#get}), with each class's members found once.
 */
final class ViewMembers extends ReflectionObjectHandler {
    /** Every method and field name of a class and its supertypes, by class (shared by the build's threads). */
    private final Map<Class<?>, Set<String>> names = new ConcurrentHashMap<>();
    /** The member for each name, or {@link #NONE}, by class. */
    private final Map<Class<?>, Map<String, Object>> members = new ConcurrentHashMap<>();

    private static final Object NONE = new Object();
    private static final Object MAP = new Object();

    @Override
    @SuppressWarnings("rawtypes") // Mustache's signature
    protected AccessibleObject findMember(Class sClass, String name) {
        if (name.isEmpty()) {
            return super.findMember(sClass, name);
        }
        Set<String> declared = names.computeIfAbsent(sClass, ViewMembers::namesOf);
        // Mustache's property name, made the way it makes it.
        String property = name.substring(0, 1).toUpperCase() + name.substring(1);
        if (!declared.contains(name) && !declared.contains("get" + property) && !declared.contains("is" + property)) {
            return null;
        }
        return super.findMember(sClass, name);
    }

    @Override
    public Binding createBinding(String name, TemplateContext tc, Code code) {
        // Mustache makes bindings without a name (for partials and template inheritance) that it never asks.
        return name == null ? super.createBinding(name, tc, code) : new Lookup(name, tc);
    }

    /** One name at one place in a template. */
    private final class Lookup implements Binding {
        /** The name, then its parts between dots when it has any ({@code a.b}: {@code a.b}, {@code a}, {@code b}). */
        private final String[] keys;
        /**
         * For each key, the members found for it so far, by class ({@code [class, member, class, member…]}): one
         * place in a template sees one or two classes, and looking them up here is a good deal quicker than in
         * a shared map. Replaced whole when it grows, so a thread sees a shorter one at worst and looks again.
         */
        private final Object[][] found;

        private final TemplateContext tc;

        Lookup(String name, TemplateContext tc) {
            List<String> parts = new ArrayList<>();
            parts.add(name);
            if (name.indexOf('.') > 0) {
                parts.addAll(Arrays.asList(name.split("\\.", -1)));
            }
            this.keys = parts.toArray(new String[0]);
            this.found = new Object[keys.length][0];
            this.tc = tc;
        }

        /**
         * The value of the name, as {@link ReflectionObjectHandler#find} finds it: in the innermost view that has
         * it; for a dotted name ({@code a.b.c}), in the innermost view that has {@code a}, in whose {@code a}
         * there is a {@code b}; there a missing {@code c} or a null on the way is null, not a reason to look
         * further out. A map's members are its keys; an {@code Optional} is its value, or null.
         */
        @Override
        public Object get(List<Object> scopes) {
            for (int i = scopes.size() - 1; i >= 0; i--) {
                Object scope = coerce(scopes.get(i));
                if (scope == null) {
                    continue;
                }
                Object value = member(scope, 0);
                if (value != NONE) {
                    return coerce(value);
                }
                int last = keys.length - 1;
                if (last == 0) {
                    continue;
                }
                value = scope;
                for (int key = 1; key < last && value != NONE; key++) {
                    value = member(value, key);
                    if (value != NONE) {
                        value = coerce(value);
                        if (value == null) {
                            return null;
                        }
                    }
                }
                if (value != NONE) {
                    Object at = member(value, last);
                    return at == NONE ? null : coerce(at);
                }
            }
            return null;
        }

        private Object member(Object scope, int key) {
            Class<?> type = scope.getClass();
            Object[] known = found[key];
            Object member = null;
            for (int i = 0; i < known.length; i += 2) {
                if (known[i] == type) {
                    member = known[i + 1];
                    break;
                }
            }
            if (member == null) {
                member = memberOf(type, keys[key]);
                Object[] more = Arrays.copyOf(known, known.length + 2);
                more[known.length] = type;
                more[known.length + 1] = member;
                found[key] = more;
            }
            if (member == MAP) {
                Map<?, ?> map = (Map<?, ?>) scope;
                return map.containsKey(keys[key]) ? map.get(keys[key]) : NONE;
            }
            try {
                if (member instanceof Method method) {
                    return method.invoke(scope);
                }
                if (member instanceof Field field) {
                    return field.get(scope);
                }
                return NONE;
            } catch (InvocationTargetException e) {
                throw new MustacheException("Failed to get " + keys[0], e.getCause(), tc);
            } catch (IllegalAccessException | IllegalArgumentException e) {
                throw new MustacheException("Failed to get " + keys[0], e, tc);
            }
        }
    }

    /**
     * The method or field Mustache would read for {@code name} in a {@code type}, {@link #MAP} for a map (whose
     * keys are its members), else {@link #NONE}. Whether a class is a map is asked once here, not of every view
     * on every lookup: on C1, a class that does not implement an interface is a slow path each time it is asked.
     */
    private Object memberOf(Class<?> type, String name) {
        if (Map.class.isAssignableFrom(type)) {
            return MAP;
        }
        Map<String, Object> byName = members.get(type);
        if (byName == null) {
            byName = members.computeIfAbsent(type, absent -> new ConcurrentHashMap<>());
        }
        Object member = byName.get(name);
        if (member == null) {
            AccessibleObject found = findMember(type, name);
            member = found == null ? NONE : found;
            byName.put(name, member);
        }
        return member;
    }

    private static Set<String> namesOf(Class<?> type) {
        Set<String> found = new HashSet<>();
        collect(type, found);
        return Set.copyOf(found);
    }

    private static void collect(Class<?> type, Set<String> found) {
        for (Class<?> at = type; at != null; at = at.getSuperclass()) {
            for (Method method : at.getDeclaredMethods()) {
                found.add(method.getName());
            }
            for (Field field : at.getDeclaredFields()) {
                found.add(field.getName());
            }
            for (Class<?> contract : at.getInterfaces()) {
                collect(contract, found);
            }
        }
        for (Method method : type.getMethods()) {
            found.add(method.getName());
        }
    }
}
