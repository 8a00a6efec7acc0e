package dev.rivet.compiler.syntax;

/** The kinds of token the lexer produces: structure, literals, keywords and operators. */
enum TokenKind {
  NAME,
  NUMBER,
  STRING,
  NEWLINE,
  INDENT,
  DEDENT,
  ENDMARKER,
  /** End of input while brackets are open; the parser turns it into "'(' was never closed". */
  EOF_IN_BRACKETS,
  /**
   * A tokenizer error CPython reports only when its parser reaches it (bad dedent, tab/space
   * mix, too deep indentation, stray backslash): tokenizing stops here, and fetching this token
   * raises the error it carries ({@link Token#failure}).
   */
  LEXER_ERROR,

  // Keywords.
  FALSE("False"), NONE("None"), TRUE("True"), AND("and"), AS("as"), ASSERT("assert"),
  ASYNC("async"), AWAIT("await"), BREAK("break"), CLASS("class"), CONTINUE("continue"),
  DEF("def"), DEL("del"), ELIF("elif"), ELSE("else"), EXCEPT("except"), FINALLY("finally"),
  FOR("for"), FROM("from"), GLOBAL("global"), IF("if"), IMPORT("import"), IN("in"), IS("is"),
  LAMBDA("lambda"), NONLOCAL("nonlocal"), NOT("not"), OR("or"), PASS("pass"), RAISE("raise"),
  RETURN("return"), TRY("try"), WHILE("while"), WITH("with"), YIELD("yield"),

  // Operators and delimiters.
  LPAR("("), RPAR(")"), LSQB("["), RSQB("]"), LBRACE("{"), RBRACE("}"),
  COLON(":"), COMMA(","), SEMI(";"), PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"),
  VBAR("|"), AMPER("&"), LESS("<"), GREATER(">"), EQUAL("="), DOT("."), PERCENT("%"),
  EQEQUAL("=="), NOTEQUAL("!="), LESSEQUAL("<="), GREATEREQUAL(">="), TILDE("~"),
  CIRCUMFLEX("^"), LEFTSHIFT("<<"), RIGHTSHIFT(">>"), DOUBLESTAR("**"), PLUSEQUAL("+="),
  MINEQUAL("-="), STAREQUAL("*="), SLASHEQUAL("/="), PERCENTEQUAL("%="), AMPEREQUAL("&="),
  VBAREQUAL("|="), CIRCUMFLEXEQUAL("^="), LEFTSHIFTEQUAL("<<="), RIGHTSHIFTEQUAL(">>="),
  DOUBLESTAREQUAL("**="), DOUBLESLASH("//"), DOUBLESLASHEQUAL("//="), AT("@"), ATEQUAL("@="),
  RARROW("->"), ELLIPSIS("..."), COLONEQUAL(":="),
  /** A character no token starts with ('$', '?', '!' alone, '`'): the parser says invalid syntax. */
  ERRORTOKEN;

  /** The source spelling of a keyword or operator, null for other kinds. */
  final String text;

  TokenKind() {
    this.text = null;
  }

  TokenKind(String text) {
    this.text = text;
  }

  boolean isKeyword() {
    return ordinal() >= FALSE.ordinal() && ordinal() <= YIELD.ordinal();
  }
}
