package org.troubleshoot.render;

import com.github.mustachejava.reflect.ReflectionObjectHandler;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mustache.java's reflection, without its exceptions. A name such as {@code messages.home} is looked up in every
 * view on the stack from the innermost out, and Mustache asks each view's class for a method {@code messages()},
 * {@code getMessages()}, {@code isMessages()} and a field {@code messages}, catching an exception for each one
 * it lacks: 14,000 exceptions, each with its stack trace, in a build of 200 pages. This handler first checks the
 * names the class (with its superclasses and interfaces) declares, and asks Mustache only when one of those
 * members exists, so that what a template finds is exactly what Mustache finds.
 */
final class ViewMembers extends ReflectionObjectHandler {
    /** Every method and field name of a class and its supertypes, by class (shared by the build's threads). */
    private final Map<Class<?>, Set<String>> names = new ConcurrentHashMap<>();

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
