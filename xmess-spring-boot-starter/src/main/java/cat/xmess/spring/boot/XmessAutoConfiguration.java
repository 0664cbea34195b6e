package cat.xmess.spring.boot;

import cat.xmess.catalog.XmessCatalog;
import org.apiguardian.api.API;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/**
 * Auto-configures one {@link XmessCatalog} bean, unless the application defines its own: the
 * bundled catalog with the overlays of {@link XmessProperties#overlays() xmess.overlays} merged
 * onto it. The overlays are read and fully validated when the bean is created, at startup; an
 * invalid one stops the application with a {@link cat.xmess.catalog.CatalogValidationException},
 * which {@link XmessCatalogFailureAnalyzer} reports error by error.
 *
 * <p>When Spring Boot Actuator is on the class path, an {@link XmessInfoContributor} adds the
 * catalog's versions and layers to the {@code info} endpoint.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
@AutoConfiguration
@EnableConfigurationProperties(XmessProperties.class)
public class XmessAutoConfiguration {

  /** Created by Spring Boot's auto-configuration. */
  public XmessAutoConfiguration() {}

  /**
   * {@return the bundled catalog with the configured overlays merged onto it, in order}
   *
   * @param properties the {@code xmess.*} settings
   * @param resources resolves {@code classpath:} overlay locations
   * @throws cat.xmess.catalog.CatalogValidationException with every error of every overlay
   */
  @Bean
  @ConditionalOnMissingBean
  public XmessCatalog xmessCatalog(XmessProperties properties, ResourceLoader resources) {
    XmessCatalog bundled = XmessCatalog.bundled();
    if (properties.overlays().isEmpty()) {
      return bundled;
    }
    return bundled.withOverlays(OverlayLocations.resolve(properties.overlays(), resources));
  }

  /** Only when Actuator's info contract is on the class path. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.actuate.info.InfoContributor")
  static class InfoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    XmessInfoContributor xmessInfoContributor(XmessCatalog catalog) {
      return new XmessInfoContributor(catalog);
    }
  }
}
