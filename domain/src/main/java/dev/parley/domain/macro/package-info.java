/**
 * Macros: the team's saved replies. Owns {@link dev.parley.domain.macro.Macro}, its {@link
 * dev.parley.domain.macro.MacroTitle} and {@link dev.parley.domain.macro.MacroBody}, and the closed list of {@link
 * dev.parley.domain.macro.MacroVariable}s a body may name. Rendering is plain text substitution done here, from
 * {@link dev.parley.domain.macro.MacroValues}: nothing in a body is ever evaluated, and a variable whose value is
 * unknown renders its documented fallback. Other contexts are referred to by id only.
 */
package dev.parley.domain.macro;
