package cat.xmess.examples.cli;

import cat.xmess.catalog.Facet;
import cat.xmess.catalog.InitiativeQuery;
import cat.xmess.catalog.RecordType;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.CodeDefinition;
import cat.xmess.model.CodelistKind;
import cat.xmess.model.ExternalMapping;
import cat.xmess.model.Figure;
import cat.xmess.model.Initiative;
import cat.xmess.model.MemberBody;
import cat.xmess.model.PolicyInstrument;
import cat.xmess.model.Source;
import cat.xmess.model.WireCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The text form of {@code xmess show}: one record as "Label: value" lines in the chosen language.
 * Codes and ids are resolved to their labels and names, with the code in brackets, because the
 * reader needs the words and a script author needs the code.
 */
final class RecordPrinter {
  private final Output out;
  private final XmessCatalog catalog;

  RecordPrinter(Output out, XmessCatalog catalog) {
    this.out = out;
    this.catalog = catalog;
  }

  void print(ShowCommand.Match match) {
    Object record = match.record();
    if (record instanceof Initiative initiative) {
      initiative(initiative);
    } else if (record instanceof MemberBody body) {
      memberBody(body);
    } else if (record instanceof Source source) {
      source(source);
    } else if (record instanceof CodeDefinition code) {
      code(WireCode.parse(RecordType.class, match.type()), code);
    } else {
      throw new IllegalStateException("No text form for " + match.type());
    }
  }

  private void initiative(Initiative initiative) {
    out.heading(out.pick(initiative.title()));
    out.field(Label.ID, initiative.id());
    out.field(Label.TYPE, out.say(Label.ONE_INITIATIVE));
    out.field(Label.SUMMARY, out.pick(initiative.summary()));
    out.field(
        Label.LEAD_BODY,
        initiative.memberBody() != null
            ? bodyName(initiative.memberBody())
            : initiative.leadBodyName());
    List<String> others = new ArrayList<>();
    initiative.coMemberBodies().forEach(id -> others.add(bodyName(id)));
    others.addAll(initiative.coBodyNames());
    out.list(Label.CO_BODIES, others);
    out.field(Label.CATEGORY, codeLabel(CodelistKind.POLICY_CATEGORIES, initiative.category()));
    out.field(Label.CATEGORY_BASIS, initiative.categoryBasis());
    out.list(Label.CATEGORY_ALTERNATIVES,
        codeLabels(CodelistKind.POLICY_CATEGORIES, initiative.categoryAlternatives()));
    out.list(Label.INSTRUMENTS,
        codeLabels(CodelistKind.POLICY_INSTRUMENTS, initiative.instruments()));
    out.list(Label.ROLES, codeLabels(CodelistKind.ADMINISTRATION_ROLES, initiative.roles()));
    out.list(Label.THEMES, codeLabels(CodelistKind.THEMES, initiative.themes()));
    out.list(Label.TARGET_GROUPS,
        codeLabels(CodelistKind.TARGET_GROUPS, initiative.targetGroups()));
    out.list(Label.SDGS, codeLabels(CodelistKind.SDGS, initiative.sdgs()));
    out.list(Label.ENTITY_FORMS, codeLabels(CodelistKind.ENTITY_FORMS, initiative.entityForms()));
    out.field(Label.YEARS, years(initiative.yearStart(), initiative.yearEnd()));
    out.list(Label.FIGURES, initiative.figures().stream().map(RecordPrinter::figure).toList());
    out.list(Label.PARTNERS, initiative.partners());
    out.field(Label.IN_ABC_GUIDE, initiative.inAbcGuide());
    if (initiative.guideCitation() != null) {
      out.field(Label.GUIDE_CITATION, initiative.guideCitation().sourceId() + ", " + out.say(Label.PAGE) + " "
          + initiative.guideCitation().page());
    }
    out.list(Label.CANDIDATE_BASIS,
        initiative.candidateBasis().stream().map(WireCode::code).toList());
    out.field(Label.CONFIDENCE, initiative.confidence());
    out.field(Label.NOTES, out.pick(initiative.notes()));
    out.list(Label.SOURCES, initiative.sourceIds().stream().map(this::sourceLine).toList());
  }

  private void memberBody(MemberBody body) {
    out.heading(out.pick(body.name()));
    out.field(Label.ID, body.id());
    out.field(Label.TYPE, out.say(Label.ONE_MEMBER_BODY));
    out.field(Label.KIND, body.kind());
    out.field(Label.PLACE, body.place());
    out.field(Label.INE_CODE, body.ineCode());
    out.field(Label.IDESCAT_CODE, body.idescatCode());
    if (body.comarca() != null) {
      out.field(Label.COMARCA, body.comarca().name() + " (" + body.comarca().code() + ")");
    }
    out.field(Label.PROVINCE, body.province() == null ? null : body.province().displayName());
    out.field(Label.MEMBERSHIP, body.membershipStatus());
    out.field(Label.JOINED, body.joined());
    out.field(Label.CONFIDENCE, body.confidence());
    out.field(Label.NOTES, out.pick(body.notes()));
    out.list(
        Label.INITIATIVES,
        catalog.initiatives(InitiativeQuery.builder().memberBody(body.id()).build()).stream()
            .map(initiative -> out.pick(initiative.title()) + " (" + initiative.id() + ")")
            .toList());
    out.list(Label.SOURCES, body.sourceIds().stream().map(this::sourceLine).toList());
  }

  private void source(Source source) {
    out.heading(source.title());
    out.field(Label.ID, source.id());
    out.field(Label.TYPE, out.say(Label.ONE_SOURCE));
    out.field(Label.PUBLISHER, source.publisher());
    out.list(Label.URL, source.urls());
    out.field(Label.DATE, source.date());
    out.field(Label.SUPPORTS, source.supports());
  }

  private void code(RecordType type, CodeDefinition code) {
    out.heading(out.pick(code.label()));
    out.field(Label.CODE, code.code());
    out.field(Label.TYPE, out.say(Label.singular(type)));
    out.field(Label.DEFINITION, out.pick(code.definition()));
    out.field(Label.STATUS, code.status());
    out.field(Label.REPLACED_BY, code.replacedBy());
    if (code instanceof PolicyInstrument instrument) {
      out.field(Label.DEFAULT_CATEGORY,
          codeLabel(CodelistKind.POLICY_CATEGORIES, instrument.defaultCategory()));
      out.list(Label.ADMIN_ROLES,
          codeLabels(CodelistKind.ADMINISTRATION_ROLES, instrument.adminRoles()));
    }
    Facet facet = facetOf(type);
    if (facet != null) {
      // How much the code is used is the first thing one wants to know about a classification.
      out.field(Label.INITIATIVES,
          catalog.facets(InitiativeQuery.all()).count(facet, code.code()));
    }
    out.list(Label.MAPPINGS, code.mappings().stream().map(RecordPrinter::mapping).toList());
    out.list(Label.SOURCES, code.sourceIds().stream().map(this::sourceLine).toList());
  }

  /** The facet that counts initiatives by codes of {@code type}, or null (entity forms have none). */
  private static Facet facetOf(RecordType type) {
    return switch (type) {
      case POLICY_CATEGORY -> Facet.POLICY_CATEGORY;
      case POLICY_INSTRUMENT -> Facet.POLICY_INSTRUMENT;
      case ADMINISTRATION_ROLE -> Facet.ADMINISTRATION_ROLE;
      case THEME -> Facet.THEME;
      case TARGET_GROUP -> Facet.TARGET_GROUP;
      case SDG -> Facet.SDG;
      default -> null;
    };
  }

  private String bodyName(String id) {
    return catalog.memberBody(id).map(body -> out.pick(body.name()) + " (" + id + ")").orElse(id);
  }

  private String codeLabel(CodelistKind kind, String code) {
    if (code == null) {
      return null;
    }
    return catalog.code(kind, code).map(entry -> out.pick(entry.label()) + " (" + code + ")")
        .orElse(code);
  }

  private List<String> codeLabels(CodelistKind kind, List<String> codes) {
    return codes.stream().map(code -> codeLabel(kind, code)).toList();
  }

  private String sourceLine(String id) {
    return catalog.source(id)
        .map(source -> id + ": " + source.title()
            + (source.urls().isEmpty() ? "" : " <" + source.urls().get(0) + ">"))
        .orElse(id);
  }

  private String years(Integer start, Integer end) {
    if (start == null && end == null) {
      return null;
    }
    String from = start == null ? out.say(Label.UNKNOWN) : start.toString();
    if (end == null) {
      return from;
    }
    return from + "-" + end;
  }

  private static String figure(Figure figure) {
    return figure.name() + ": " + (figure.value() != null ? figure.value().toPlainString() : figure.text());
  }

  private static String mapping(ExternalMapping mapping) {
    return mapping.target() + (mapping.match() == null ? "" : " (" + mapping.match() + ")");
  }
}
