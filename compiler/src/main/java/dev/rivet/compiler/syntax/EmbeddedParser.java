package dev.rivet.compiler.syntax;

import dev.rivet.compiler.CompileError;
import dev.rivet.compiler.ast.Expr;
import java.util.List;

/**
 * Parses the expression inside an f-string field, as CPython does: as if it were parenthesised
 * (so a yield or a bare tuple is allowed). Its tokens come from the enclosing file, so positions
 * are real. A yield is reported to the enclosing parser.
 */
final class EmbeddedParser extends ExpressionParser {
  private final ExpressionParser outer;

  EmbeddedParser(Source src, List<Token> toks, ExpressionParser outer) {
    super(src, toks);
    this.outer = outer;
  }

  @Override
  void sawYield(Token at) {
    outer.sawYield(at);
  }

  @Override
  void deferError(CompileError e) {
    outer.deferError(e);
  }

  Expr embedded() {
    Token start = tok;
    Expr e = at(TokenKind.YIELD) ? yieldExpr() : starExpressions();
    if (!at(TokenKind.ENDMARKER) && !(e instanceof Expr.Tuple)) {
      // The field is parsed as if parenthesised, so two expressions side by side get CPython's
      // "Perhaps you forgot a comma?".
      forgotComma(start, e);
    }
    if (e instanceof Expr.Starred) {
      throw errorAt(e.pos(), "cannot use starred expression here");
    }
    if (!at(TokenKind.ENDMARKER)) {
      throw syntaxError();
    }
    return e;
  }
}
