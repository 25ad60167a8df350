package id.sopflow.publishing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Facebook webhook ({@code sopflow.publishing.facebook.webhook}) through which comments on the desa's Pages
 * reach sopflow. Secrets only from the environment.
 *
 * @param appSecret        the Facebook app's secret: every event must carry its HMAC-SHA256 signature
 *                         ({@code SOPFLOW_FACEBOOK_APP_SECRET}); blank: every event is refused
 * @param verifyToken      the token typed into the app's webhook settings, echoed in the subscription handshake
 *                         ({@code SOPFLOW_FACEBOOK_VERIFY_TOKEN}); blank: no subscription is confirmed
 * @param replyToComments  whether the answer to a question that came as a comment is posted back as a reply to it
 */
@ConfigurationProperties("sopflow.publishing.facebook.webhook")
public record FacebookWebhookProperties(String appSecret, String verifyToken, boolean replyToComments) {

    public boolean signed() {
        return appSecret != null && !appSecret.isBlank();
    }

    @Override
    public String toString() {
        return "FacebookWebhookProperties[appSecret=" + (signed() ? "(set)" : "(none)") + ", verifyToken="
                + (verifyToken == null || verifyToken.isBlank() ? "(none)" : "(set)") + ", replyToComments="
                + replyToComments + "]";
    }
}
