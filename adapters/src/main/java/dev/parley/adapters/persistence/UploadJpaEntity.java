package dev.parley.adapters.persistence;

import dev.parley.domain.conversation.ImageType;
import dev.parley.domain.conversation.Upload;
import dev.parley.domain.conversation.UploadId;
import dev.parley.domain.conversation.UploadOwner;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * An upload and its bytes. The bytes are a plain {@code byte[]} column, not a {@code @Lob}: the JDBC drivers then
 * bind and read them as bytes, which suits both PostgreSQL's BYTEA and H2's BLOB.
 */
@Entity(name = "Upload")
@Table(name = "upload")
class UploadJpaEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "owner_kind", nullable = false)
    String ownerKind;

    @Column(name = "owner_id", nullable = false)
    String ownerId;

    @Column(name = "content_type", nullable = false)
    String contentType;

    @Column(name = "size_bytes", nullable = false)
    long sizeBytes;

    @Column(name = "sha256", nullable = false)
    String sha256;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "data", nullable = false)
    byte[] data;

    static UploadJpaEntity from(Upload upload, byte[] data) {
        UploadJpaEntity entity = new UploadJpaEntity();
        entity.id = upload.id().toString();
        entity.ownerKind = upload.owner().kind().name();
        entity.ownerId = upload.owner().id();
        entity.contentType = upload.type().mediaType();
        entity.sizeBytes = upload.sizeBytes();
        entity.sha256 = upload.sha256();
        entity.createdAt = UtcTimes.toColumn(upload.createdAt());
        entity.data = data.clone();
        return entity;
    }

    Upload toDomain() {
        return new Upload(
                UploadId.parse(id),
                new UploadOwner(UploadOwner.Kind.valueOf(ownerKind), ownerId),
                ImageType.ofMediaType(contentType).orElseThrow(),
                sizeBytes,
                sha256,
                UtcTimes.fromColumn(createdAt));
    }
}
