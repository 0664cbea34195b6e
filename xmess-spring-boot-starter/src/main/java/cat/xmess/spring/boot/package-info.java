/**
 * Spring Boot auto-configuration of the XMESS SDK, for Spring Boot 3.5 and 4.0.
 *
 * <p>With {@code cat.xmess:xmess-spring-boot-starter} on the class path an application gets one
 * {@link cat.xmess.catalog.XmessCatalog} bean: the bundled catalog, with the overlay files listed
 * in {@code xmess.overlays} merged onto it and validated at startup ({@link
 * cat.xmess.spring.boot.XmessAutoConfiguration}). An invalid overlay stops the application with
 * every error in the startup failure report ({@link
 * cat.xmess.spring.boot.XmessCatalogFailureAnalyzer}); with Actuator, the {@code info} endpoint
 * shows the catalog's versions and layers ({@link cat.xmess.spring.boot.XmessInfoContributor}).
 */
package cat.xmess.spring.boot;
