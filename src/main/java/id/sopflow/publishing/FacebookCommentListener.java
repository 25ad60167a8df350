package id.sopflow.publishing;

import java.util.Optional;

/**
 * Who takes in comments on posts sopflow published (an SOP's feedback step). Called inside the transaction that
 * records the comment as handled: whatever the listener stores commits with that record or not at all.
 */
public interface FacebookCommentListener {

    /**
     * @return a reference to what the comment became (e.g. a question's tracking code), or empty when the comment is
     *         not this listener's (a post it did not publish, a closed feedback window): it is acknowledged and
     *         nothing is stored
     */
    Optional<String> onComment(FacebookComment comment);
}
