/**
 * The front end: Python source (bytes or text) to the AST of {@link dev.rivet.compiler.ast}, or a
 * {@link dev.rivet.compiler.CompileError} with CPython 3.11's kind, message and position. Only
 * {@link dev.rivet.compiler.syntax.Parser} is public. The passes, in order: SourceDecoder (bytes,
 * BOM, coding declaration, NUL), Source (code points and line index), Lexer (tokens, indentation,
 * bracket and indentation limits), StatementParser over ExpressionParser over TokenCursor
 * (recursive descent with precedence climbing), with StringLiterals and FStrings for literals.
 * Nothing here analyses scopes or emits code.
 */
package dev.rivet.compiler.syntax;
