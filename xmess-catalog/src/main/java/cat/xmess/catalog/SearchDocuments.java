package cat.xmess.catalog;

import cat.xmess.catalog.internal.search.SearchDocument;
import cat.xmess.model.Catalog;
import cat.xmess.model.CodeDefinition;
import cat.xmess.model.CodelistKind;
import cat.xmess.model.Initiative;
import cat.xmess.model.LocalizedText;
import cat.xmess.model.MemberBody;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the search index sees of a catalog: one {@link SearchDocument} per initiative (first, in
 * catalog order, so that a document number below the initiative count is the initiative's
 * position), then per member body, then per codelist entry.
 */
final class SearchDocuments {
  private SearchDocuments() {}

  /**
   * The documents of {@code catalog}; {@code memberById} and {@code codeOf} resolve the member
   * bodies and code labels an initiative refers to (null when unknown). A document's kind is its
   * {@link RecordType}'s ordinal, which the engine turns back into the type of a hit.
   */
  public static List<SearchDocument> of(Catalog catalog, Function<String, @Nullable MemberBody> memberById,
      BiFunction<CodelistKind, String, @Nullable CodeDefinition> codeOf) {
    List<SearchDocument> documents = new ArrayList<>();
    for (Initiative it : catalog.initiatives()) {
      SearchDocument doc = new SearchDocument(RecordType.INITIATIVE.ordinal(), it.id(), it.title(), it)
          .add(it.summary(), SearchDocument.BODY)
          .add(label(codeOf, CodelistKind.POLICY_CATEGORIES, it.category()), SearchDocument.KEYWORD);
      addLabels(doc, codeOf, CodelistKind.POLICY_INSTRUMENTS, it.instruments());
      addLabels(doc, codeOf, CodelistKind.THEMES, it.themes());
      addLabels(doc, codeOf, CodelistKind.TARGET_GROUPS, it.targetGroups());
      for (String id : it.allMemberBodies()) {
        MemberBody body = memberById.apply(id);
        if (body != null) {
          doc.addNeutral(body.place(), SearchDocument.KEYWORD);
        }
      }
      doc.addNeutral(it.leadBodyName(), SearchDocument.KEYWORD);
      for (String partner : it.partners()) {
        doc.addNeutral(partner, SearchDocument.BODY);
      }
      documents.add(doc);
    }
    for (MemberBody body : catalog.memberBodies()) {
      documents.add(new SearchDocument(RecordType.MEMBER_BODY.ordinal(), body.id(), body.name(), body)
          .addNeutral(body.place(), SearchDocument.KEYWORD)
          .addNeutral(body.comarca() == null ? null : body.comarca().name(), SearchDocument.KEYWORD)
          .add(body.notes(), SearchDocument.BODY));
    }
    for (CodelistKind kind : CodelistKind.values()) {
      for (CodeDefinition entry : catalog.codelists().entries(kind)) {
        documents.add(new SearchDocument(RecordType.of(kind).ordinal(), entry.code(), entry.label(), entry)
            .add(entry.definition(), SearchDocument.BODY));
      }
    }
    return documents;
  }

  private static @Nullable LocalizedText label(
      BiFunction<CodelistKind, String, @Nullable CodeDefinition> codeOf, CodelistKind kind, String code) {
    CodeDefinition entry = codeOf.apply(kind, code);
    return entry == null ? null : entry.label();
  }

  private static void addLabels(SearchDocument doc, BiFunction<CodelistKind, String, @Nullable CodeDefinition> codeOf,
      CodelistKind kind, List<String> codeList) {
    for (String code : codeList) {
      doc.add(label(codeOf, kind, code), SearchDocument.KEYWORD);
    }
  }
}
