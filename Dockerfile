# SubsidyPortal container image. Build from the repository root:
#   docker build -t subsidyportal .
# Docker is not available on the build machines of this project, so this file has not been built
# there; it follows the same steps as scripts/run.sh (restore, build, run the web project's dll).
#
# Restore inside the image uses nuget.org (the repository has no nuget.config). The web project sets
# <RequiresAspNetWebAssets>false</RequiresAspNetWebAssets>, so no blazor.web.js is published and none is
# needed: every page is static server-side rendering (docs/architecture.md).

# ---- build ---------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source

# Project files first, so the restore layer is reused until a project or package version changes.
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/SubsidyPortal.Domain/SubsidyPortal.Domain.csproj                 src/SubsidyPortal.Domain/
COPY src/SubsidyPortal.Application/SubsidyPortal.Application.csproj       src/SubsidyPortal.Application/
COPY src/SubsidyPortal.Infrastructure/SubsidyPortal.Infrastructure.csproj src/SubsidyPortal.Infrastructure/
COPY src/SubsidyPortal.Web/SubsidyPortal.Web.csproj                       src/SubsidyPortal.Web/
RUN dotnet restore src/SubsidyPortal.Web/SubsidyPortal.Web.csproj

# Then the sources (bin/, obj/, logs/ are kept out by .dockerignore).
COPY src/ src/
RUN dotnet publish src/SubsidyPortal.Web/SubsidyPortal.Web.csproj \
        --configuration Release \
        --no-restore \
        --output /app/publish \
        -p:UseAppHost=false

# ---- runtime -------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app

# Issued documents (申报书, 通知书) embed 文泉驿正黑 in their PDFs (Documents:FontFile).
RUN apt-get update && apt-get install -y --no-install-recommends fonts-wqy-zenhei && rm -rf /var/lib/apt/lists/*

# The application files stay owned by root (read-only for the app). Serilog writes logs/portal-.log
# relative to the working directory, so /app/logs must be writable by the non-root user.
COPY --from=build /app/publish ./
RUN mkdir -p /app/logs && chown "$APP_UID:$APP_UID" /app/logs

# The .NET images ship a non-root user "app" whose uid is in $APP_UID (1654).
USER $APP_UID

# The image's default is ASPNETCORE_HTTP_PORTS=8080; docker-compose.yml sets ASPNETCORE_URLS explicitly.
EXPOSE 8080

# With arguments the same entry point runs a maintenance command and exits, for example:
#   docker run --rm -e ConnectionStrings__Portal=... subsidyportal migrate
#   docker run --rm -e ConnectionStrings__Portal=... -e SUBSIDYPORTAL_ADMIN_PASSWORD=... subsidyportal create-admin admin@example.gov.cn
ENTRYPOINT ["dotnet", "SubsidyPortal.Web.dll"]
