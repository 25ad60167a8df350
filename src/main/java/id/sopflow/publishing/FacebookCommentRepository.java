package id.sopflow.publishing;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Comments taken in through the webhook ({@code SOPFLOW_FACEBOOK_COMMENT}), by comment id: Facebook redelivers. */
@Repository
class FacebookCommentRepository {

    private final JdbcTemplate jdbc;

    FacebookCommentRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String commentId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM SOPFLOW_FACEBOOK_COMMENT WHERE COMMENT_ID = ?",
                Integer.class, commentId);
        return count != null && count > 0;
    }

    /** @throws org.springframework.dao.DuplicateKeyException when a concurrent delivery recorded it first */
    void insert(String commentId, String postId, String reference, Instant receivedAt) {
        jdbc.update("INSERT INTO SOPFLOW_FACEBOOK_COMMENT (COMMENT_ID, POST_ID, REFERENCE, RECEIVED_AT) "
                + "VALUES (?, ?, ?, ?)", commentId, postId, reference, receivedAt.atOffset(ZoneOffset.UTC));
    }
}
