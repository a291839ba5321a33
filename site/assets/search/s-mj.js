(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-mj"]={"key":"mj","forms":{"mj":[0],"mjbenchvideo":[1]},"terms":[{"w":575,"p":"uHJ"},{"w":575,"p":"uHJ"}]};
