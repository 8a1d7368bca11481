package dev.parley.application.tag;

import dev.parley.application.tag.port.in.AddTagCommand;
import dev.parley.application.tag.port.in.AddTagUseCase;
import dev.parley.application.tag.port.in.DeleteTagCommand;
import dev.parley.application.tag.port.in.DeleteTagUseCase;
import dev.parley.application.tag.port.in.ReviseTagCommand;
import dev.parley.application.tag.port.in.ReviseTagUseCase;
import dev.parley.application.tag.port.in.TagPolicy;
import dev.parley.application.tag.port.in.TagView;
import dev.parley.application.tag.port.in.TagsQuery;
import dev.parley.application.tag.port.out.LoadTagsPort;
import dev.parley.application.tag.port.out.PublishTagsChangedPort;
import dev.parley.application.tag.port.out.SaveTagPort;
import dev.parley.application.team.port.in.AdminChangeAudit;
import dev.parley.application.team.port.in.AuditActor;
import dev.parley.domain.audit.AuditAction;
import dev.parley.domain.audit.AuditEntry;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.tag.Tag;
import dev.parley.domain.tag.TagId;
import dev.parley.domain.tag.TagName;
import dev.parley.domain.tag.TagNameTakenException;
import dev.parley.domain.tag.TagNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The store's tag list: admins add, rename, recolour and delete tags; every agent lists them. Every change is recorded
 * in the audit log with it, and announced to the open inboxes once committed.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class TagService implements TagsQuery, AddTagUseCase, ReviseTagUseCase, DeleteTagUseCase {

    private static final Comparator<Tag> BY_NAME = Comparator.comparing(
                    (Tag tag) -> tag.name().value(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(tag -> tag.name().value())
            .thenComparing(tag -> tag.id().value());

    private LoadTagsPort tags;
    private SaveTagPort savedTags;
    private PublishTagsChangedPort news;
    private TagPolicy policy;
    private AdminChangeAudit audit;
    private Clock clock;

    @Inject
    public TagService(
            LoadTagsPort tags,
            SaveTagPort savedTags,
            PublishTagsChangedPort news,
            TagPolicy policy,
            AdminChangeAudit audit,
            Clock clock) {
        this.tags = tags;
        this.savedTags = savedTags;
        this.news = news;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected TagService() {}

    @Override
    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
    public List<TagView> tags() {
        return tags.loadAll().stream().sorted(BY_NAME).map(TagView::of).toList();
    }

    @Override
    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
    public Optional<TagView> tag(TagId id) {
        return tags.findById(id).map(TagView::of);
    }

    @Override
    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
    public TagView existing(TagId id) {
        return tag(id).orElseThrow(() -> new TagNotFoundException(id));
    }

    @Override
    public TagView add(AddTagCommand command) {
        AuditActor admin = audit.requireAdmin(command.actor());
        List<Tag> existing = tags.loadAllForChange();
        requireFree(existing, command.name(), Optional.empty());
        Tag.requireRoomBeside(existing.size(), policy.maxTags());
        Tag tag = Tag.create(TagId.random(), command.name(), command.colour(), clock.instant());
        savedTags.create(tag);
        Map<String, Object> summary = about(tag);
        summary.put("colour", tag.colour().code());
        audit.record(admin, AuditAction.TAG_ADDED, summary);
        news.tagsChanged();
        return TagView.of(tag);
    }

    @Override
    public TagView revise(ReviseTagCommand command) {
        AuditActor admin = audit.requireAdmin(command.actor());
        List<Tag> existing = tags.loadAllForChange();
        Tag tag = existing.stream()
                .filter(candidate -> candidate.id().equals(command.tag()))
                .findFirst()
                .orElseThrow(() -> new TagNotFoundException(command.tag()));
        requireFree(existing, command.name(), Optional.of(tag.id()));
        String nameBefore = tag.name().value();
        String colourBefore = tag.colour().code();
        tag.revise(command.name(), command.colour(), clock.instant());
        savedTags.update(tag);
        Map<String, Object> summary = about(tag);
        if (!nameBefore.equals(tag.name().value())) {
            summary.put("tagName", AuditEntry.change(nameBefore, tag.name().value()));
        }
        if (!colourBefore.equals(tag.colour().code())) {
            summary.put("colour", AuditEntry.change(colourBefore, tag.colour().code()));
        }
        audit.record(admin, AuditAction.TAG_REVISED, summary);
        news.tagsChanged();
        return TagView.of(tag);
    }

    @Override
    public void delete(DeleteTagCommand command) {
        AuditActor admin = audit.requireAdmin(command.actor());
        Tag tag = tags.findById(command.tag()).orElseThrow(() -> new TagNotFoundException(command.tag()));
        int tickets = savedTags.delete(command.tag());
        if (tickets < 0) {
            throw new TagNotFoundException(command.tag());
        }
        Map<String, Object> summary = about(tag);
        summary.put("tickets", tickets);
        audit.record(admin, AuditAction.TAG_DELETED, summary);
        news.tagsChanged();
    }

    private static void requireFree(List<Tag> existing, TagName name, Optional<TagId> self) {
        boolean taken = existing.stream()
                .filter(tag -> self.map(id -> !tag.id().equals(id)).orElse(true))
                .anyMatch(tag -> tag.isNamed(name));
        if (taken) {
            throw new TagNameTakenException(name);
        }
    }

    private static Map<String, Object> about(Tag tag) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("tag", tag.id().toString());
        summary.put("tagName", tag.name().value());
        return summary;
    }
}
