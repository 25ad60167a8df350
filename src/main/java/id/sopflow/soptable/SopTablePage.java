package id.sopflow.soptable;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The process owner's upload page at {@code /sop-tabel/} (static files in {@code static/sop-tabel/}). */
@Configuration
class SopTablePage implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/sop-tabel", "/sop-tabel/");
        registry.addViewController("/sop-tabel/").setViewName("forward:/sop-tabel/index.html");
    }
}
