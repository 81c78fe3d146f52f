# The portal: the .NET SDK image builds (with Node.js for the front-end assets), the ASP.NET Core
# runtime image runs it as a non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /source

# Restore first, from the project files alone, so the layer is reused while only code changes.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/CoachRegister.Domain/CoachRegister.Domain.csproj src/CoachRegister.Domain/
COPY src/CoachRegister.Data/CoachRegister.Data.csproj src/CoachRegister.Data/
COPY src/CoachRegister.Migrations.Sqlite/CoachRegister.Migrations.Sqlite.csproj src/CoachRegister.Migrations.Sqlite/
COPY src/CoachRegister.Migrations.SqlServer/CoachRegister.Migrations.SqlServer.csproj src/CoachRegister.Migrations.SqlServer/
COPY src/CoachRegister.Web/CoachRegister.Web.csproj src/CoachRegister.Web/
RUN dotnet restore src/CoachRegister.Web/CoachRegister.Web.csproj

COPY src/ src/
RUN dotnet publish src/CoachRegister.Web/CoachRegister.Web.csproj --configuration Release --no-restore --output /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# Logs and, without an SMTP host, e-mail files go to App_Data: writable by the non-root user, kept in a volume.
RUN mkdir -p /app/App_Data && chown "$APP_UID" /app/App_Data
VOLUME /app/App_Data
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "CoachRegister.Web.dll"]
